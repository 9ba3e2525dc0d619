using System.Text.Encodings.Web;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Notifications.Features.Unsubscribe;

internal static class UnsubscribeEndpoint
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
