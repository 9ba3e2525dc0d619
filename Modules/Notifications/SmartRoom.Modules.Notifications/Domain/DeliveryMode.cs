namespace SmartRoom.Modules.Notifications.Domain;

internal enum DeliveryMode
{
    Immediate,
    DailyDigest,
    Off,
}
