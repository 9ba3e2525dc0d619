using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>The README's retention schedule names every category of personal data the modules declare.</summary>
public sealed class DataMapDocumentationTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public void The_README_retention_schedule_lists_every_declared_category()
    {
        var declared = App.Services.GetServices<DataCategory>().Select(c => c.Key).ToList();
        declared.Count.ShouldBeGreaterThan(20, "the modules declare their categories");
        var schedule = RetentionScheduleSection(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));

        declared.Where(key => !schedule.Contains($"`{key}`", StringComparison.Ordinal)).ShouldBeEmpty(
            "README.md's retention schedule (section \"Privacy\") misses these declared categories");
    }

    private static string RetentionScheduleSection(string readme)
    {
        var start = readme.IndexOf("**The retention schedule**", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "README.md has a retention schedule");
        return readme[start..readme.IndexOf("\n### ", start, StringComparison.Ordinal)];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmartRoom.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SmartRoom.sln not found above the test binaries.");
    }
}
