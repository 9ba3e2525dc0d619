using Mediator;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.ArchitectureTests;

/// <summary>Entering a room happens once, in the pipeline, for every request that names a room (ADR 0013).</summary>
public sealed class RoomEntryTests
{
    private static IEnumerable<Type> DealRoomsTypes =>
        Solution.Modules.Single(a => Solution.ModuleName(a) == "DealRooms").GetTypes();

    private static IEnumerable<Type> MessagingTypes =>
        Solution.Modules.Single(a => Solution.ModuleName(a) == "Messaging").GetTypes();

    [Fact]
    public void Every_DealRooms_request_naming_a_room_declares_how_it_enters_and_no_handler_enters_again()
    {
        RoomEntryRule.DealRooms.RoomRequests(DealRoomsTypes).Count().ShouldBeGreaterThan(30);
        RoomEntryRule.DealRooms.Violations(DealRoomsTypes).ShouldBeEmpty();
    }

    [Fact]
    public void Every_Messaging_request_naming_a_room_declares_how_it_enters_and_no_handler_enters_again()
    {
        RoomEntryRule.Messaging.RoomRequests(MessagingTypes).Count().ShouldBeGreaterThan(MessagingRoomRequestsAtLeast);
        RoomEntryRule.Messaging.Violations(MessagingTypes).ShouldBeEmpty();
    }

    /// <summary>Messaging's conversations and Q&amp;A: enough requests that the rule is seen to apply.</summary>
    private const int MessagingRoomRequestsAtLeast = 25;

    [Fact]
    public void The_rule_reports_a_request_that_says_nothing_and_a_handler_that_enters_itself()
    {
        var violations = RoomEntryRule.DealRooms.Violations([typeof(PlantedSilentRequest), typeof(PlantedRoomRequest), typeof(PlantedRoomRequestHandler)]);

        violations.ShouldContain(v => v.StartsWith(nameof(PlantedSilentRequest), StringComparison.Ordinal));
        violations.ShouldContain(v => v.StartsWith(nameof(PlantedRoomRequestHandler), StringComparison.Ordinal));
        violations.Count.ShouldBe(2);
    }

    /// <summary>Names a room, declares nothing.</summary>
    internal sealed record PlantedSilentRequest(Guid RoomId) : IQuery<Result<int>>;

    [EntersRoom(RoomEntry.Member)]
    internal sealed record PlantedRoomRequest(Guid RoomId) : IQuery<Result<int>>, IRoomRequest;

    /// <summary>Enters although the pipeline did.</summary>
    internal sealed class PlantedRoomRequestHandler(RoomAccess access) : IQueryHandler<PlantedRoomRequest, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(PlantedRoomRequest query, CancellationToken cancellationToken)
        {
            var entered = await access.EnterAsync(query.RoomId, cancellationToken);
            return entered.IsSuccess ? 1 : entered.Error;
        }
    }
}
