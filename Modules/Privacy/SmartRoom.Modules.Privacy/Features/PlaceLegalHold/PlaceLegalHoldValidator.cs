namespace SmartRoom.Modules.Privacy.Features.PlaceLegalHold;

internal sealed class PlaceLegalHoldValidator : AbstractValidator<PlaceLegalHold>
{
    public PlaceLegalHoldValidator(DataMap map, TimeProvider clock)
    {
        RuleFor(x => x.Scope).NotNull().WithMessage("Say what the hold covers: a user, a room or a category.");
        RuleFor(x => x.Scope!.Kind).Must(k => k is not null && LegalHoldScopes.All.Contains(k))
            .OverridePropertyName("scope.kind").WithMessage($"The scope's kind is one of: {string.Join(", ", LegalHoldScopes.All)}.")
            .When(x => x.Scope is not null);
        RuleFor(x => x.Scope!.Id).Must(id => id is { } value && value != Guid.Empty)
            .OverridePropertyName("scope.id").WithMessage("A user or room hold names the user's or room's id.")
            .When(x => x.Scope?.Kind is LegalHoldScopes.User or LegalHoldScopes.Room);
        RuleFor(x => x.Scope!.Key).Null()
            .OverridePropertyName("scope.key").WithMessage("A user or room hold has no category key.")
            .When(x => x.Scope?.Kind is LegalHoldScopes.User or LegalHoldScopes.Room);
        RuleFor(x => x.Scope!.Key).Must(k => k is not null && map.Find(k) is not null)
            .OverridePropertyName("scope.key").WithMessage("A category hold names a category of the data map (GET /api/admin/privacy/retention).")
            .When(x => x.Scope?.Kind is LegalHoldScopes.Category);
        RuleFor(x => x.Scope!.Id).Null()
            .OverridePropertyName("scope.id").WithMessage("A category hold has no id.")
            .When(x => x.Scope?.Kind is LegalHoldScopes.Category);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.AuthorisedBy).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ReviewAt).Cascade(CascadeMode.Stop).NotNull()
            .Must(at => at > clock.GetUtcNow()).WithMessage("'Review At' must be in the future.");
    }
}
