namespace SmartRoom.Modules.DealRooms.Domain;

internal sealed record ChainProblem(string Kind, long Seq, Guid? Id = null, long? Count = null);
