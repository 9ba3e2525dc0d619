using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PrivacyRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReleaseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_LegalHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_RetentionRunCategories",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OlderThan = table.Column<long>(type: "INTEGER", nullable: false),
                    Purged = table.Column<long>(type: "INTEGER", nullable: false),
                    Held = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_RetentionRunCategories", x => new { x.RunId, x.Category });
                    table.ForeignKey(
                        name: "FK_privacy_RetentionRunCategories_privacy_RetentionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "privacy_RetentionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_LegalHolds_ReleasedAt",
                table: "privacy_LegalHolds",
                column: "ReleasedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_LegalHolds");

            migrationBuilder.DropTable(
                name: "privacy_RetentionRunCategories");

            migrationBuilder.DropTable(
                name: "privacy_RetentionRuns");
        }
    }
}
