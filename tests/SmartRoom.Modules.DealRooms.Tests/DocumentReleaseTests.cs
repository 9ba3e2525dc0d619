using System.Reflection;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class DocumentReleaseTests
{
    /// <summary>
    /// Every path that hands out a document's bytes goes through <see cref="DocumentRelease"/>, where the
    /// stamping rule lives: nothing else may take the services that open a version's plaintext.
    /// </summary>
    [Theory]
    [InlineData(typeof(VersionReader), new[] { typeof(DocumentRelease), typeof(DocumentStamper) })]
    [InlineData(typeof(DocumentStamper), new[] { typeof(DocumentRelease) })]
    public void Only_the_release_opens_versions(Type service, Type[] allowed)
    {
        var users = typeof(VersionReader).Assembly.GetTypes()
            .Where(t => t.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(c => c.GetParameters().Any(p => p.ParameterType == service)))
            .ToList();

        users.ShouldBe(allowed, ignoreOrder: true);
    }
}
