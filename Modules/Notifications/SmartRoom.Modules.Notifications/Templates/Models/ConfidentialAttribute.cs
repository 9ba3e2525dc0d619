namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// A deal detail (a room or document name, who joined, a support request's reason): it reaches the recipient
/// but not the delivery log, so platform operators reading the log do not learn what a room is about.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ConfidentialAttribute : Attribute;
