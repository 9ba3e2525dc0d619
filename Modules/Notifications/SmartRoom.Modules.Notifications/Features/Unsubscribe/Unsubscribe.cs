using System.Text.Encodings.Web;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Notifications.Features.Preferences;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications.Features.Unsubscribe;

/// <summary>
/// The one-click link of a non-essential email: switches that one category off for that one person,
/// without signing in. Single use: a second use answers 410.
/// </summary>
internal sealed record Unsubscribe(string Token) : ICommand<Result<Unsubscribed>>;

internal sealed record Unsubscribed(string Category);

internal sealed class UnsubscribeValidator : AbstractValidator<Unsubscribe>
{
    public UnsubscribeValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
}

internal sealed class UnsubscribeHandler(NotificationsDbContext db, TimeProvider clock) : ICommandHandler<Unsubscribe, Result<Unsubscribed>>
{
    public async ValueTask<Result<Unsubscribed>> Handle(Unsubscribe command, CancellationToken cancellationToken)
    {
        var hash = OpaqueTokens.Hash(command.Token);
        var link = await db.UnsubscribeLinks.SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return Error.NotFound("unsubscribe link");
        }

        if (link.UsedAt is not null)
        {
            return Error.Gone("unsubscribe-link-used", "This unsubscribe link was already used.");
        }

        var now = clock.GetUtcNow();
        link.UsedAt = now;
        await PreferencesView.SetAsync(db, link.UserId, link.Category, DeliveryMode.Off, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Unsubscribed(link.Category);
    }
}

internal static class UnsubscribeEndpoints
{
    public static void Map(IEndpointRouteBuilder notifications)
    {
        // A GET only shows a button: link scanners that open every URL must not unsubscribe anyone.
        notifications.MapGet("/unsubscribe", (string token) =>
            {
                var encoded = HtmlEncoder.Default.Encode(token);
                return TypedResults.Content($"""
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe</title></head>
                    <body style="font-family:Arial,Helvetica,sans-serif">
                    <form method="post" action="unsubscribe?token={encoded}"><p>Stop these SmartRoom emails?</p>
                    <button type="submit">Unsubscribe</button></form></body></html>
                    """, "text/html");
            })
            .WithName("ShowUnsubscribe")
            .ExcludeFromDescription()
            .Public();

        notifications.MapPost("/unsubscribe", async (string token, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Unsubscribe(token), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("Unsubscribe")
            .WithSummary("One-click unsubscribe (RFC 8058) from the link in a non-essential email; no sign-in needed.")
            .Produces<Unsubscribed>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .DisableAntiforgery()
            .Public();
    }
}
