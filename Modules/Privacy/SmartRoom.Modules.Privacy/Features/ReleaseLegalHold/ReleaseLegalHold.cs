using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ReleaseLegalHold;

/// <summary>Releases a legal hold: retention may sweep what it covered again. The hold stays on record with who released it, when and why.</summary>
[RequiresUser]
internal sealed record ReleaseLegalHold(Guid HoldId, string? Reason) : ICommand<Result<LegalHoldView>>;

/// <summary>The JSON body of the request.</summary>
internal sealed record ReleaseLegalHoldBody(string? Reason);
