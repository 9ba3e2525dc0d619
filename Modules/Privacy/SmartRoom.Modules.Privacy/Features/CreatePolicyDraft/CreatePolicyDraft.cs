using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.CreatePolicyDraft;

/// <summary>
/// A privacy officer writes a new version as a draft: the Markdown text (with the <c>&lt;!-- data-map --&gt;</c>
/// marker line), a summary of what changed, whether the change is material, and when it takes effect.
/// </summary>
[RequiresUser]
internal sealed record CreatePolicyDraft(string Text, string? Summary, bool Material, DateTimeOffset EffectiveAt)
    : ICommand<Result<AdminPolicyVersionView>>;

/// <summary>The JSON body of a draft, also used to replace one.</summary>
internal sealed record PolicyDraftBody(string Text, string? Summary, bool Material, DateTimeOffset EffectiveAt);
