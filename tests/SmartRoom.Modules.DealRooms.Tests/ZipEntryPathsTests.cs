using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class ZipEntryPathsTests
{
    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("a/../../b")]
    [InlineData("a/..")]
    [InlineData("/etc/passwd")]
    [InlineData("\\windows\\system32\\x.dll")]
    [InlineData("C:\\x")]
    [InlineData("C:x")]
    [InlineData("a\\..\\..\\b")]
    [InlineData("a//b.txt")]
    [InlineData("./a.txt")]
    [InlineData("a/ /b.txt")]
    [InlineData(" .. /b.txt")]
    [InlineData("a/b\u0000.txt")]
    [InlineData("a\nb/c.txt")]
    [InlineData("report.pdf:hidden")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("../")]
    public void Names_that_could_leave_the_folder_or_are_no_names_are_unsafe(string name)
    {
        var path = ZipEntryPaths.Parse(name);

        path.Kind.ShouldBe(ZipEntryKind.Unsafe);
        path.Problem.ShouldNotBeNullOrWhiteSpace();
        (path.Folders.Count, path.Name).ShouldBe((0, ""));
    }

    [Fact]
    public void A_segment_over_255_characters_is_refused()
    {
        var tooLong = ZipEntryPaths.Parse($"a/{new string('x', 256)}.txt");
        tooLong.Kind.ShouldBe(ZipEntryKind.Unsafe);
        tooLong.Problem.ShouldBe("a name is longer than 255 characters");
        ZipEntryPaths.Parse($"a/{new string('x', 251)}.txt").Kind.ShouldBe(ZipEntryKind.File);
    }

    [Fact]
    public void A_plain_relative_path_is_its_folders_and_a_file_name_with_backslashes_as_separators()
    {
        var path = ZipEntryPaths.Parse("Financials\\ 2024 /Budget v2.xlsx");

        path.Kind.ShouldBe(ZipEntryKind.File);
        path.Folders.ShouldBe(["Financials", "2024"]);
        path.Name.ShouldBe("Budget v2.xlsx");
        path.Depth.ShouldBe(2);
    }

    [Fact]
    public void A_file_at_the_top_has_no_folders_and_odd_but_harmless_names_pass()
    {
        ZipEntryPaths.Parse("NDA.pdf").Folders.ShouldBeEmpty();
        ZipEntryPaths.Parse("...").Kind.ShouldBe(ZipEntryKind.File);
        ZipEntryPaths.Parse("a..b/c.txt").Folders.ShouldBe(["a..b"]);
    }

    [Theory]
    [InlineData("Legal/")]
    [InlineData("Legal\\Contracts\\")]
    public void Directory_entries_are_recognised(string name)
    {
        var path = ZipEntryPaths.Parse(name);

        path.Kind.ShouldBe(ZipEntryKind.Directory);
        path.Name.ShouldBe("");
    }

    [Theory]
    [InlineData("__MACOSX/Legal/._NDA.pdf")]
    [InlineData("__MACOSX/")]
    [InlineData("__MACOSX/Legal/NDA.pdf")]
    [InlineData("Legal/__macosx/Sub/")]
    [InlineData("Legal/.DS_Store")]
    [InlineData(".ds_store")]
    [InlineData("Legal/._NDA.pdf")]
    [InlineData("Photos/Thumbs.db")]
    public void Operating_system_litter_is_junk(string name) =>
        ZipEntryPaths.Parse(name).Kind.ShouldBe(ZipEntryKind.Junk);

    [Fact]
    public void Litter_with_a_traversal_is_still_unsafe() =>
        ZipEntryPaths.Parse("__MACOSX/../../evil").Kind.ShouldBe(ZipEntryKind.Unsafe);

    [Theory]
    [InlineData("1.2 Financials", "1.2 Financials")]
    [InlineData("1 Q&A: answers?", "1 Q&A_ answers_")]
    [InlineData("1 a/b\\c", "1 a_b_c")]
    [InlineData("1 tab\there", "1 tab_here")]
    [InlineData("1 trailing. . ", "1 trailing")]
    [InlineData("...", "_")]
    public void Download_segments_extract_in_place_everywhere(string name, string expected) =>
        ZipEntryPaths.Segment(name).ShouldBe(expected);
}
