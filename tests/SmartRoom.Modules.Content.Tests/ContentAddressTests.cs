using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.Modules.Content.Tests;

public sealed class ContentAddressTests
{
    private const string Site = "https://rooms.example";
    private const string Comment = "0193a1a0-0000-7000-8000-000000000001";

    [Theory]
    [InlineData("https://rooms.example/blog/q3-results", "q3-results", null)]
    [InlineData("https://ROOMS.example/blog/q3-results/", "q3-results", null)]
    [InlineData("https://rooms.example:443/blog/q3-results?utm_source=mail", "q3-results", null)]
    [InlineData("/blog/q3-results", "q3-results", null)]
    [InlineData("  /blog/q3-results  ", "q3-results", null)]
    [InlineData("/blog/q3-results#comment-" + Comment, "q3-results", Comment)]
    [InlineData("https://rooms.example/blog/q3-results#comment-" + Comment, "q3-results", Comment)]
    [InlineData("/api/content/posts/q3-results", "q3-results", null)]
    [InlineData("https://rooms.example/api/content/posts/q3-results/comments/" + Comment, "q3-results", Comment)]
    [InlineData("/api/content/posts/a/comments/" + Comment + "/", "a", Comment)]
    public void An_address_of_a_post_or_comment_of_this_site_names_its_slug_and_comment(string url, string slug, string? comment)
    {
        var address = ContentAddress.Parse(url, Site);

        address.ShouldNotBeNull();
        address.Slug.ShouldBe(slug);
        address.CommentId.ShouldBe(comment is null ? null : Guid.Parse(comment));
    }

    [Theory]
    [InlineData("https://evil.example/blog/q3-results")] // another site
    [InlineData("http://rooms.example/blog/q3-results")] // another scheme
    [InlineData("https://rooms.example:8443/blog/q3-results")] // another port
    [InlineData("https://rooms.example.evil.example/blog/q3-results")]
    [InlineData("https://user@rooms.example/blog/q3-results")]
    [InlineData("//evil.example/blog/q3-results")] // protocol-relative: another host
    [InlineData("/\\evil.example/blog/q3-results")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://rooms.example/blog/q3-results")]
    [InlineData("blog/q3-results")] // neither absolute nor rooted
    [InlineData("/blog/")]
    [InlineData("/blog")]
    [InlineData("/blog/Q3_Results")] // not a slug
    [InlineData("/blog/q3--results")]
    [InlineData("/blog/q3-results/extra")]
    [InlineData("/blog/../api/admin/users")]
    [InlineData("/blog/q3-results#comment-not-a-guid")]
    [InlineData("/blog/q3-results#comment-00000000-0000-0000-0000-000000000000")]
    [InlineData("/blog/q3-results#top")]
    [InlineData("/api/content/posts/q3-results#comment-" + Comment)] // the fragment belongs to the page, not the API
    [InlineData("/api/content/posts/q3-results/comments/not-a-guid")]
    [InlineData("/api/content/posts/q3-results/comments")]
    [InlineData("/api/content/testimonials/q3-results")]
    [InlineData("/tag/q3-results")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Anything_else_names_nothing(string? url) =>
        ContentAddress.Parse(url, Site).ShouldBeNull();

    [Fact]
    public void An_address_longer_than_the_limit_names_nothing() =>
        ContentAddress.Parse("/blog/" + new string('a', ContentAddress.MaxLength), Site).ShouldBeNull();

    [Fact]
    public void On_a_site_served_under_a_path_the_address_must_be_under_it_too()
    {
        const string underPath = "https://example.org/rooms/";

        ContentAddress.Parse("https://example.org/rooms/blog/q3-results", underPath).ShouldBe(new ContentAddress("q3-results", null));
        ContentAddress.Parse("/rooms/blog/q3-results", underPath).ShouldBe(new ContentAddress("q3-results", null));
        ContentAddress.Parse("https://example.org/blog/q3-results", underPath).ShouldBeNull();
        ContentAddress.Parse("https://example.org/roomsblog/q3-results", underPath).ShouldBeNull();
    }
}
