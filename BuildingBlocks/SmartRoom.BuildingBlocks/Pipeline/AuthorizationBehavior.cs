using System.Reflection;
using Mediator;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;

namespace SmartRoom.BuildingBlocks.Pipeline;

/// <summary>
/// Second: platform-level rules declared on the request type. Resource rules (is this room yours?)
/// stay in the handler, which answers 404 for what the caller may not see.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly RequiresRoleAttribute? RoleRule = typeof(TMessage).GetCustomAttribute<RequiresRoleAttribute>();
    private static readonly bool UserRule = RoleRule is not null || typeof(TMessage).IsDefined(typeof(RequiresUserAttribute));

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (UserRule && !user.IsAuthenticated)
        {
            return ValueTask.FromResult(Failures<TResponse>.From(Error.Unauthenticated));
        }

        if (RoleRule is not null && !RoleRule.Roles.Any(user.IsInRole))
        {
            return ValueTask.FromResult(Failures<TResponse>.From(Error.NotPermitted));
        }

        return next(message, cancellationToken);
    }
}
