using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.Modules.Messaging.Pipeline;

/// <summary>
/// Last before the handler: an <see cref="IRoomRequest"/> of Messaging enters its room as its
/// <see cref="EntersRoomAttribute"/> says, through <see cref="MessagingRoomAccess"/>. A refusal is the request's
/// answer; otherwise the handler finds the caller in <see cref="EnteredRoom"/>. Other requests pass through untouched.
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

        var asManager = Rule.Entry is RoomEntry.Manager or RoomEntry.ManagerToChange;
        var toWrite = Rule.Entry is RoomEntry.ParticipantToWrite or RoomEntry.ManagerToChange;
        var entered = await services.GetRequiredService<MessagingRoomAccess>()
            .EnterAsync(request.RoomId, asManager, toWrite, Rule.AllowSupport, cancellationToken);
        if (!entered.IsSuccess)
        {
            return Failures<TResponse>.From(Rule.NotFoundAs is { } what ? RoomRefusals.NotFoundAs(entered.Error, what) : entered.Error);
        }

        services.GetRequiredService<EnteredRoom>().Participant = entered.Value;
        return await next(message, cancellationToken);
    }
}
