namespace SmartRoom.Modules.DealRooms.Domain;

internal sealed record ChainHeadView(long Seq, string Hash);
