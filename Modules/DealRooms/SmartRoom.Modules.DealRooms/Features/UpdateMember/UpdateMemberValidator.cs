using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.UpdateMember;

internal sealed class UpdateMemberValidator : AbstractValidator<UpdateMember>
{
    public UpdateMemberValidator(TimeProvider clock)
    {
        RuleFor(x => x.Role).IsInEnum();
        RuleFor(x => x.AccessExpiresAt).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("'Access Expires At' must be in the future.");
    }
}
