namespace SmartRoom.Modules.Identity.Features.SetUserRoles;

internal sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator()
    {
        RuleFor(x => x.Roles).NotNull();
        RuleForEach(x => x.Roles).Must(r => PlatformRoles.All.Contains(r))
            .WithMessage($"Roles are among: {string.Join(", ", PlatformRoles.All)}.");
    }
}
