using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.UpdatePolicyDraft;

/// <summary>Replaces a draft's text, summary, materiality and effective date. A published version never changes (409).</summary>
[RequiresUser]
internal sealed record UpdatePolicyDraft(Guid Id, string Text, string? Summary, bool Material, DateTimeOffset EffectiveAt)
    : ICommand<Result<AdminPolicyVersionView>>;
