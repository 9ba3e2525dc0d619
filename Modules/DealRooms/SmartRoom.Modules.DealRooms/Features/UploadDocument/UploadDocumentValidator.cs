namespace SmartRoom.Modules.DealRooms.Features.UploadDocument;

internal sealed class UploadDocumentValidator : AbstractValidator<UploadDocument>
{
    public UploadDocumentValidator() => RuleFor(x => x.FileName).FileName();
}
