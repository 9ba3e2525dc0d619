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

namespace SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;

internal sealed class DecideSupportAccessValidator : AbstractValidator<DecideSupportAccess>
{
    public const int MaxHours = 72;

    public DecideSupportAccessValidator()
    {
        RuleFor(x => x.Decision).IsInEnum();
        RuleFor(x => x.Hours).NotNull().InclusiveBetween(1, MaxHours).When(x => x.Decision == SupportDecision.Approve)
            .WithMessage($"'Hours' must be between 1 and {MaxHours}.");
    }
}
