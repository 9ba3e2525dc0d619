namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>What a checkpoint looks like on the wire (and what <c>verify-checkpoint</c> takes back).</summary>
internal sealed record CheckpointView(Guid RoomId, long Seq, string Hash, DateTimeOffset IssuedAt, string KeyId, string Signature)
{
    public static CheckpointView Of(AuditCheckpoint c) => new(c.RoomId, c.Seq, c.Hash, c.IssuedAt, c.KeyId, c.Signature);
}
