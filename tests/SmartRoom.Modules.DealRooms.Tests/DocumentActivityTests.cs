using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class DocumentActivityTests
{
    [Theory]
    [InlineData(null, 1000)]
    [InlineData("", 1000)]
    [InlineData("bytes=0-99", 100)]
    [InlineData("bytes=900-", 100)]
    [InlineData("bytes=900-5000", 100)]
    [InlineData("bytes=-10", 10)]
    [InlineData("bytes=-5000", 1000)]
    [InlineData("bytes=1000-", 0)]
    [InlineData("bytes=-0", 0)]
    [InlineData("bytes=0-1,5-6", 1000)]
    [InlineData("bytes=oops", 1000)]
    [InlineData("items=0-1", 1000)]
    public void A_download_served_the_whole_version_or_its_one_range(string? range, long expected) =>
        DocumentActivity.BytesServed(1000, range).ShouldBe(expected);

    [Theory]
    [InlineData("{\"version\":1,\"range\":null,\"size\":1000}", 1000)]
    [InlineData("{\"version\":1,\"range\":\"bytes=0-9\",\"size\":1000}", 10)]
    [InlineData("{\"version\":1}", 0)]
    [InlineData("{\"size\":\"big\"}", 0)]
    [InlineData("not json", 0)]
    public void The_bytes_come_from_the_records_details(string details, long expected) =>
        DocumentActivity.BytesServed(details).ShouldBe(expected);
}
