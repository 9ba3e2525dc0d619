using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class MoveKeyRingToPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The key ring now belongs to the platform (schema platform, created before any module's migrations):
            // carry its keys over, so tokens, links and documents protected by them keep working; the platform
            // encrypts any key still in clear at start-up.
            migrationBuilder.Sql(@"INSERT INTO ""platform_DataProtectionKeys"" (""FriendlyName"", ""Xml"")
SELECT d.""FriendlyName"", d.""Xml"" FROM ""identity_DataProtectionKeys"" d
WHERE NOT EXISTS (SELECT 1 FROM ""platform_DataProtectionKeys"" p WHERE p.""FriendlyName"" = d.""FriendlyName"");");

            migrationBuilder.DropTable(
                name: "identity_DataProtectionKeys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_DataProtectionKeys", x => x.Id);
                });
        }
    }
}
