namespace SmartRoom.Modules.Identity.Features.SetUserRoles;

internal static class SetUserRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/users/{userId:guid}/roles", async (Guid userId, SetUserRolesBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetUserRoles(userId, body.Roles), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("SetUserRoles")
            .WithSummary("Replace the account's platform roles (Admin, Support, Marketing, Manager).")
            .Produces<RolesSet>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
