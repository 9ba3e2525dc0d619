using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications.Features.Preferences;

internal sealed record CategoryPreference(string Category, DeliveryMode Mode, bool Essential);

internal sealed record PreferencesResponse(IReadOnlyList<CategoryPreference> Categories);

[RequiresUser]
internal sealed record GetPreferences : IQuery<Result<PreferencesResponse>>;

internal sealed class GetPreferencesHandler(NotificationsDbContext db, ICurrentUser current) : IQueryHandler<GetPreferences, Result<PreferencesResponse>>
{
    public async ValueTask<Result<PreferencesResponse>> Handle(GetPreferences query, CancellationToken cancellationToken) =>
        await PreferencesView.ForAsync(db, current.Id!.Value, cancellationToken);
}

/// <summary>Sets how optional categories reach the caller. Essential ones (security, access, legal) cannot be changed.</summary>
[RequiresUser]
internal sealed record UpdatePreferences(IReadOnlyList<CategoryChoice> Categories) : ICommand<Result<PreferencesResponse>>;

internal sealed record CategoryChoice(string Category, DeliveryMode Mode);

internal sealed class UpdatePreferencesValidator : AbstractValidator<UpdatePreferences>
{
    public UpdatePreferencesValidator()
    {
        RuleFor(x => x.Categories).NotNull();
        RuleForEach(x => x.Categories).ChildRules(c =>
        {
            c.RuleFor(x => x.Category).Must(Domain.Categories.All.Contains)
                .WithMessage($"Categories are among: {string.Join(", ", Domain.Categories.All)}.");
            c.RuleFor(x => x.Category).Must(category => !Domain.Categories.IsEssential(category))
                .When(x => x.Mode != DeliveryMode.Immediate)
                .WithMessage("Security, access and legal notices are always sent at once.");
            c.RuleFor(x => x.Mode).IsInEnum();
        });
    }
}

internal sealed class UpdatePreferencesHandler(NotificationsDbContext db, ICurrentUser current, TimeProvider clock)
    : ICommandHandler<UpdatePreferences, Result<PreferencesResponse>>
{
    public async ValueTask<Result<PreferencesResponse>> Handle(UpdatePreferences command, CancellationToken cancellationToken)
    {
        var userId = current.Id!.Value;
        foreach (var choice in command.Categories.Where(c => !Categories.IsEssential(c.Category)))
        {
            await PreferencesView.SetAsync(db, userId, choice.Category, choice.Mode, clock.GetUtcNow(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await PreferencesView.ForAsync(db, userId, cancellationToken);
    }
}

internal static class PreferencesView
{
    public static async Task<PreferencesResponse> ForAsync(NotificationsDbContext db, Guid userId, CancellationToken ct)
    {
        var chosen = await db.Preferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Category, p => p.Mode, ct);
        return new PreferencesResponse(Categories.All
            .Select(c => new CategoryPreference(c, Categories.IsEssential(c) ? DeliveryMode.Immediate : chosen.GetValueOrDefault(c, DeliveryMode.Immediate), Categories.IsEssential(c)))
            .ToList());
    }

    public static async Task SetAsync(NotificationsDbContext db, Guid userId, string category, DeliveryMode mode, DateTimeOffset now, CancellationToken ct)
    {
        var preference = await db.Preferences.FindAsync([userId, category], ct);
        if (preference is null)
        {
            db.Preferences.Add(new Preference { UserId = userId, Category = category, Mode = mode, UpdatedAt = now });
        }
        else
        {
            preference.Mode = mode;
            preference.UpdatedAt = now;
        }
    }
}

internal static class PreferencesEndpoints
{
    internal sealed record Body(IReadOnlyList<CategoryChoice> Categories);

    public static void Map(IEndpointRouteBuilder me)
    {
        me.MapGet("/notification-preferences", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPreferences(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetNotificationPreferences")
            .Produces<PreferencesResponse>();

        me.MapPut("/notification-preferences", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdatePreferences(body.Categories), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateNotificationPreferences")
            .WithSummary("Immediate, DailyDigest or Off per optional category; essential categories stay Immediate.")
            .Produces<PreferencesResponse>()
            .ProducesValidationProblem();
    }
}
