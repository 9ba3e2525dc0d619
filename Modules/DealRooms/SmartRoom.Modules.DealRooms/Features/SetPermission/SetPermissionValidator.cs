namespace SmartRoom.Modules.DealRooms.Features.SetPermission;

internal sealed class SetPermissionValidator : AbstractValidator<SetPermission>
{
    public SetPermissionValidator()
    {
        RuleFor(x => x.GroupId).NotEmpty();
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x).Must(x => (x.FolderId is null) != (x.DocumentId is null))
            .WithName("target").WithMessage("Give exactly one of 'folderId' and 'documentId'.");
    }
}
