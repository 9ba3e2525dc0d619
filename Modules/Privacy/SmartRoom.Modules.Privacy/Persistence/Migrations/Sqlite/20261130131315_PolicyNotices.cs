using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PolicyNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_AccountReplays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_AccountReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_PolicyNoticeRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NotifyFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Checkpoint = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    Dispatched = table.Column<int>(type: "INTEGER", nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_PolicyNoticeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_PolicyNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_PolicyNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNoticeRuns_PolicyVersionId",
                table: "privacy_PolicyNoticeRuns",
                column: "PolicyVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNotices_EventId",
                table: "privacy_PolicyNotices",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNotices_RunId_Status",
                table: "privacy_PolicyNotices",
                columns: new[] { "RunId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNotices_RunId_UserId",
                table: "privacy_PolicyNotices",
                columns: new[] { "RunId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_AccountReplays");

            migrationBuilder.DropTable(
                name: "privacy_PolicyNoticeRuns");

            migrationBuilder.DropTable(
                name: "privacy_PolicyNotices");
        }
    }
}
