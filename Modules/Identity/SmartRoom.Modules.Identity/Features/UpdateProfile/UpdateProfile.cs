using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Features.GetMe;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.UpdateProfile;

/// <summary>The owner corrects their profile (the email changes through <c>/manage/info</c>, with confirmation).</summary>
[RequiresUser]
internal sealed record UpdateProfile(string DisplayName, string? ZipCode) : ICommand<Result<Done>>;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("'Display Name' must not contain control characters.");
        RuleFor(x => x.ZipCode).MaximumLength(20).Matches("^[A-Za-z0-9 -]*$").When(x => x.ZipCode is not null)
            .WithMessage("'Zip Code' may contain letters, digits, spaces and hyphens.");
    }
}

internal sealed class UpdateProfileHandler(IDbContextOutbox<IdentityDbContext> outbox, ICurrentUser current, TimeProvider clock)
    : ICommandHandler<UpdateProfile, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(UpdateProfile command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.Users.FindAsync([current.Id!.Value], cancellationToken) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        var displayName = command.DisplayName.Trim();
        var zipCode = string.IsNullOrWhiteSpace(command.ZipCode) ? null : command.ZipCode.Trim();
        if (user.DisplayName == displayName && user.ZipCode == zipCode)
        {
            return Done.Value;
        }

        user.DisplayName = displayName;
        user.ZipCode = zipCode;
        await outbox.PublishAsync(new UserProfileChanged(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, displayName, zipCode));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}

internal static class UpdateProfileEndpoint
{
    internal sealed record Body(string DisplayName, string? ZipCode);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me", async (Body body, ISender sender, CancellationToken ct) =>
            {
                var updated = await sender.Send(new UpdateProfile(body.DisplayName, body.ZipCode), ct);
                return updated.IsSuccess ? (await sender.Send(new GetMe.GetMe(), ct)).ToHttp(me => TypedResults.Ok(me)) : updated.Error.ToProblem();
            })
            .WithName("UpdateProfile")
            .WithSummary("Change display name and zip code; the email is read-only here.")
            .Produces<Me>()
            .ProducesValidationProblem()
            .RequireAuthorization();
}
