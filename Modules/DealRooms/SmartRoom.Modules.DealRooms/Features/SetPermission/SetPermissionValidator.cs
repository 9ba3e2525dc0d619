using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

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
