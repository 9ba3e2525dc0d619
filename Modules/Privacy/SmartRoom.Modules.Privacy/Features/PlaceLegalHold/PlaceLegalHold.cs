using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.PlaceLegalHold;

/// <summary>
/// Places a legal hold: from now on retention keeps what <see cref="Scope"/> covers until the hold is released.
/// The caller is recorded as the one who placed it; <see cref="AuthorisedBy"/> names who required it.
/// </summary>
[RequiresUser]
internal sealed record PlaceLegalHold(LegalHoldScopeBody? Scope, string? Reason, string? AuthorisedBy, DateTimeOffset? ReviewAt)
    : ICommand<Result<LegalHoldView>>;

/// <summary>The hold's scope as sent: <c>{"kind": "user" | "room", "id": "…"}</c> or <c>{"kind": "category", "key": "…"}</c>.</summary>
internal sealed record LegalHoldScopeBody(string? Kind, Guid? Id, string? Key);

/// <summary>The JSON body of the request.</summary>
internal sealed record PlaceLegalHoldBody(LegalHoldScopeBody? Scope, string? Reason, string? AuthorisedBy, DateTimeOffset? ReviewAt);
