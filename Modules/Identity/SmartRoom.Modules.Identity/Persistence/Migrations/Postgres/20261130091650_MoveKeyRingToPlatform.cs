using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartRoom.Modules.Identity.Persistence.Migrations.Postgres
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
            migrationBuilder.Sql(@"INSERT INTO platform.""DataProtectionKeys"" (""FriendlyName"", ""Xml"")
SELECT d.""FriendlyName"", d.""Xml"" FROM identity.""DataProtectionKeys"" d
WHERE NOT EXISTS (SELECT 1 FROM platform.""DataProtectionKeys"" p WHERE p.""FriendlyName"" = d.""FriendlyName"");");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys",
                schema: "identity");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });
        }
    }
}
