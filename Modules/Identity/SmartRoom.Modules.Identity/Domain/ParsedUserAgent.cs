namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Browser and operating system of a User-Agent header, as a person would name them ("Chrome 131", "Windows").</summary>
internal sealed record ParsedUserAgent(string Browser, string OperatingSystem);
