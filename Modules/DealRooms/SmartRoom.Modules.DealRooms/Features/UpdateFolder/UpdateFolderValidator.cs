namespace SmartRoom.Modules.DealRooms.Features.UpdateFolder;

internal sealed class UpdateFolderValidator : AbstractValidator<UpdateFolder>
{
    public UpdateFolderValidator()
    {
        RuleFor(x => x.Name!).FolderName().When(x => x.Name is not null);
        RuleFor(x => x.Position).GreaterThanOrEqualTo(1);
    }
}
