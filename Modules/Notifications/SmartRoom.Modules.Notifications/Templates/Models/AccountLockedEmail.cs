namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>account-locked</c>: Tells the owner their account was locked, until when, and what to do.</summary>
internal sealed record AccountLockedEmail(string Reason, string Until, string Advice) : EmailModel;
