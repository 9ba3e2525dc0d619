namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Who besides the asker's group may read an approved question as an FAQ: nobody, listed groups (<see cref="FaqAudience"/>), or every member.</summary>
internal enum FaqScope
{
    None,
    Groups,
    All,
}
