using System.Reflection;
using Wolverine.Util;
using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.BuildingBlocks.Messaging;

/// <summary>Makes Wolverine name messages by our <see cref="MessageIdentityAttribute"/>.</summary>
public sealed class MessageIdentityNaming : IMessageTypeNaming
{
    public bool TryDetermineName(Type messageType, out string messageTypeName)
    {
        messageTypeName = messageType.GetCustomAttribute<MessageIdentityAttribute>()?.Name!;
        return messageTypeName is not null;
    }
}
