// Two slices of a pretend module, the first reaching into the second: the slice rule must report it.
namespace SmartRoom.ArchitectureTests.Planted.Features.PlantedLeaky
{
    internal sealed record PlantedLeaky(Guid RoomId);

    internal static class PlantedLeakyHandler
    {
        public static string Handle(PlantedLeaky request) => new SmartRoom.ArchitectureTests.Planted.Features.PlantedOther.PlantedOther(request.RoomId).ToString();
    }
}

namespace SmartRoom.ArchitectureTests.Planted.Features.PlantedOther
{
    internal sealed record PlantedOther(Guid RoomId);
}

namespace SmartRoom.ArchitectureTests.Planted.Features.PlantedOtherTwin
{
    /// <summary>Its name starts like another slice's: telling them apart is the rule's job.</summary>
    internal sealed record PlantedOtherTwin(Guid RoomId);
}
