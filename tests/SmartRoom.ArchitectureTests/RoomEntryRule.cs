using System.Reflection;
using System.Reflection.Emit;
using Mediator;

namespace SmartRoom.ArchitectureTests;

/// <summary>
/// Entering a room is a rule of the pipeline: a request naming a room (a <c>RoomId</c>) either declares how it
/// enters (the module's <c>IRoomRequest</c> with its <c>EntersRoomAttribute</c>) or opts out with a reason
/// (its <c>EntersNoRoomAttribute</c>); the handler of a request that enters never enters again itself (calls no
/// <c>Enter…</c> of the module's room access). DealRooms and Messaging each have their own entry, by the same rule.
/// </summary>
internal sealed record RoomEntryRule(Type RoomRequest, Type EntersRoom, Type EntersNoRoom, Type Access)
{
    public static readonly RoomEntryRule DealRooms = new(
        typeof(Modules.DealRooms.Pipeline.IRoomRequest), typeof(Modules.DealRooms.Pipeline.EntersRoomAttribute),
        typeof(Modules.DealRooms.Pipeline.EntersNoRoomAttribute), typeof(Modules.DealRooms.Domain.RoomAccess));

    public static readonly RoomEntryRule Messaging = new(
        typeof(Modules.Messaging.Pipeline.IRoomRequest), typeof(Modules.Messaging.Pipeline.EntersRoomAttribute),
        typeof(Modules.Messaging.Pipeline.EntersNoRoomAttribute), typeof(Modules.Messaging.Domain.MessagingRoomAccess));

    private static readonly Type[] HandlerInterfaces =
        [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<,>)];

    /// <summary>The requests among <paramref name="types"/> that enter a room through the pipeline.</summary>
    public IEnumerable<Type> RoomRequests(IEnumerable<Type> types) =>
        types.Where(t => IsRequest(t) && RoomRequest.IsAssignableFrom(t) && t.IsDefined(EntersRoom, false));

    public IReadOnlyList<string> Violations(IEnumerable<Type> types)
    {
        var all = types.ToList();
        var violations = new List<string>();
        foreach (var request in all.Where(t => IsRequest(t) && t.GetProperty("RoomId")?.PropertyType == typeof(Guid)))
        {
            var declares = RoomRequest.IsAssignableFrom(request) && request.IsDefined(EntersRoom, false);
            var optOut = request.GetCustomAttribute(EntersNoRoom, false);
            if (declares == (optOut is not null))
            {
                violations.Add(declares
                    ? $"{request.Name} both enters its room and opts out"
                    : $"{request.Name} has a RoomId but neither declares [EntersRoom] (with IRoomRequest) nor opts out with [EntersNoRoom(reason)]");
            }
            else if (optOut is not null && string.IsNullOrWhiteSpace(optOut.GetType().GetProperty("Reason")?.GetValue(optOut) as string))
            {
                violations.Add($"{request.Name} opts out of entering its room without a reason");
            }
        }

        foreach (var request in all.Where(t => IsRequest(t) && (RoomRequest.IsAssignableFrom(t) != t.IsDefined(EntersRoom, false))))
        {
            violations.Add($"{request.Name}: IRoomRequest and [EntersRoom] go together");
        }

        var scoped = RoomRequests(all).ToHashSet();
        foreach (var handler in all.Where(t => !t.IsAbstract && HandledRequests(t).Any(scoped.Contains)))
        {
            if (CallsEnter(handler))
            {
                violations.Add($"{handler.Name} enters its room itself; the pipeline already did ([EntersRoom] on its request)");
            }
        }

        return violations;
    }

    private static bool IsRequest(Type type) => !type.IsInterface && !type.IsAbstract && typeof(IMessage).IsAssignableFrom(type);

    private static IEnumerable<Type> HandledRequests(Type handler) =>
        handler.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())).Select(i => i.GetGenericArguments()[0]);

    /// <summary>Whether a method of the type (or of its nested types: async state machines, lambdas) calls <c>RoomAccess.Enter…</c>.</summary>
    private bool CallsEnter(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
        return methods.Any(m => Calls(m).Any(c => c.DeclaringType == Access && c.Name.StartsWith("Enter", StringComparison.Ordinal)))
               || type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).Any(CallsEnter);
    }

    /// <summary>The methods a method body calls (call, callvirt, newobj, ldftn).</summary>
    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        for (var i = 0; i + 4 < il.Length; i++)
        {
            var isCall = il[i] == OpCodes.Call.Value || il[i] == OpCodes.Callvirt.Value || il[i] == OpCodes.Newobj.Value
                         || (il[i] == 0xFE && i + 5 < il.Length && il[i + 1] == (OpCodes.Ldftn.Value & 0xFF));
            if (!isCall)
            {
                continue;
            }

            var at = il[i] == 0xFE ? i + 2 : i + 1;
            MethodBase? target = null;
            try
            {
                target = method.Module.ResolveMethod(BitConverter.ToInt32(il, at),
                    method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                    method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (ArgumentException)
            {
                // Not a call's operand: bytes that merely look like one.
            }

            if (target is not null)
            {
                yield return target;
            }
        }
    }
}
