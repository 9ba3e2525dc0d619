namespace SmartRoom.IntegrationTests.Site;

/// <summary>
/// A test that drives a real headless Chromium (<see cref="SiteBrowser.ExecutablePath"/>). Without Chromium it is
/// skipped with the reason, unless <c>SMARTROOM_TEST_REQUIRE_BROWSER=1</c> (CI), which makes it run and fail instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string RequireVariable = "SMARTROOM_TEST_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        if (!File.Exists(SiteBrowser.ExecutablePath) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"Chromium is not installed at {SiteBrowser.ExecutablePath} (apt-get install chromium, or set {SiteBrowser.ExecutableVariable}); "
                + $"set {RequireVariable}=1 to fail instead of skipping.";
        }
    }
}
