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

namespace SmartRoom.Modules.DealRooms.Features.UpdateFolder;

internal sealed class UpdateFolderValidator : AbstractValidator<UpdateFolder>
{
    public UpdateFolderValidator()
    {
        RuleFor(x => x.Name!).FolderName().When(x => x.Name is not null);
        RuleFor(x => x.Position).GreaterThanOrEqualTo(1);
    }
}
