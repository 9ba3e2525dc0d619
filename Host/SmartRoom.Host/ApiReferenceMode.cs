namespace SmartRoom.Host;

/// <summary><c>SmartRoom:ApiReference</c>: who may read <c>/openapi</c> and <c>/scalar</c>.</summary>
internal enum ApiReferenceMode
{
    Public,
    SignedIn,
    Off,
}
