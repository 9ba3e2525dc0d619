using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PolicyNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountReplays",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyNoticeRuns",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NotifyFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Checkpoint = table.Column<long>(type: "bigint", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false),
                    Dispatched = table.Column<int>(type: "integer", nullable: false),
                    Batches = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyNoticeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyNotices",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OutcomeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNoticeRuns_PolicyVersionId",
                schema: "privacy",
                table: "PolicyNoticeRuns",
                column: "PolicyVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNotices_EventId",
                schema: "privacy",
                table: "PolicyNotices",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNotices_RunId_Status",
                schema: "privacy",
                table: "PolicyNotices",
                columns: new[] { "RunId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNotices_RunId_UserId",
                schema: "privacy",
                table: "PolicyNotices",
                columns: new[] { "RunId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountReplays",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "PolicyNoticeRuns",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "PolicyNotices",
                schema: "privacy");
        }
    }
}
