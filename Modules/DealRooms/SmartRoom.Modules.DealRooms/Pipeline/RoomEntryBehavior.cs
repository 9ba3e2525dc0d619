using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>
/// Last before the handler: an <see cref="IRoomRequest"/> enters its room as its <see cref="EntersRoomAttribute"/>
/// says, through <see cref="RoomAccess"/>. A refusal is the request's answer (404 for a room out of reach, 403
/// or 409 as <see cref="RoomAccess"/> words them); otherwise the handler finds the caller in <see cref="EnteredRoom"/>.
/// Other requests pass through untouched.
/// </summary>
internal sealed class RoomEntryBehavior<TMessage, TResponse>(IServiceProvider services) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly EntersRoomAttribute? Rule = typeof(TMessage).GetCustomAttribute<EntersRoomAttribute>();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IRoomRequest request)
        {
            return await next(message, cancellationToken);
        }

        if (Rule is null)
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} is an IRoomRequest without [EntersRoom].");
        }

        var access = services.GetRequiredService<RoomAccess>();
        var entered = Rule.Entry switch
        {
            RoomEntry.Member => await access.EnterAsync(request.RoomId, Rule.AllowSupport, cancellationToken),
            RoomEntry.Content => await access.EnterForContentAsync(request.RoomId, Rule.AllowSupport, cancellationToken),
            RoomEntry.Manager => await access.EnterAsManagerAsync(request.RoomId, cancellationToken),
            RoomEntry.ManagerToChange => await access.EnterToChangeAsync(request.RoomId, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown room entry {Rule.Entry}."),
        };
        if (!entered.IsSuccess)
        {
            return Failures<TResponse>.From(Rule.NotFoundAs is { } what ? RoomRefusals.NotFoundAs(entered.Error, what) : entered.Error);
        }

        services.GetRequiredService<EnteredRoom>().Context = entered.Value;
        return await next(message, cancellationToken);
    }
}
