namespace SmartRoom.Modules.DealRooms.Features.CreateFolder;

internal sealed class CreateFolderValidator : AbstractValidator<CreateFolder>
{
    public CreateFolderValidator() => RuleFor(x => x.Name).FolderName();
}
