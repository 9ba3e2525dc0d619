namespace SmartRoom.Modules.Privacy.Views;

/// <summary>A legal hold as officers see it, active or released.</summary>
internal sealed record LegalHoldView(
    Guid Id,
    LegalHoldScopeView Scope,
    string Reason,
    string AuthorisedBy,
    DateTimeOffset ReviewAt,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy,
    bool Active,
    DateTimeOffset? ReleasedAt,
    Guid? ReleasedBy,
    string? ReleaseReason)
{
    public static LegalHoldView From(LegalHold hold) => new(
        hold.Id, new LegalHoldScopeView(hold.ScopeKind, hold.ScopeId, hold.ScopeKey), hold.Reason, hold.AuthorisedBy, hold.ReviewAt,
        hold.CreatedAt, hold.CreatedBy, hold.IsActive, hold.ReleasedAt, hold.ReleasedBy, hold.ReleaseReason);
}
