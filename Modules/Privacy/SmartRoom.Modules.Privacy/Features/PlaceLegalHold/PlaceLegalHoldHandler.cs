using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.PlaceLegalHold;

internal sealed class PlaceLegalHoldHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<PlaceLegalHold, Result<LegalHoldView>>
{
    public async ValueTask<Result<LegalHoldView>> Handle(PlaceLegalHold command, CancellationToken cancellationToken)
    {
        var scope = command.Scope!;
        var hold = new LegalHold
        {
            Id = Guid.CreateVersion7(),
            ScopeKind = scope.Kind!,
            ScopeId = scope.Kind == LegalHoldScopes.Category ? null : scope.Id,
            ScopeKey = scope.Kind == LegalHoldScopes.Category ? scope.Key : null,
            Reason = command.Reason!.Trim(),
            AuthorisedBy = command.AuthorisedBy!.Trim(),
            ReviewAt = command.ReviewAt!.Value,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = caller.Id,
        };
        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        return LegalHoldView.From(hold);
    }
}
