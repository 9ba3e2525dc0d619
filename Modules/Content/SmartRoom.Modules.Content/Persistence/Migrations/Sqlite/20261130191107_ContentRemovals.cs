using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Content.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ContentRemovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_RemovalReminders",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_RemovalReminders", x => new { x.RequestId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "content_RemovalRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_RemovalRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_TeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsMarketing = table.Column<bool>(type: "INTEGER", nullable: false),
                    RolesUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_TeamMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_TeamReplays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_TeamReplays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_RemovalRequests_DecidedAt_DueAt",
                table: "content_RemovalRequests",
                columns: new[] { "DecidedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_RemovalRequests_RequesterId",
                table: "content_RemovalRequests",
                column: "RequesterId");

            migrationBuilder.CreateIndex(
                name: "IX_content_RemovalRequests_TargetKind_TargetId",
                table: "content_RemovalRequests",
                columns: new[] { "TargetKind", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_content_TeamMembers_IsMarketing",
                table: "content_TeamMembers",
                column: "IsMarketing");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_RemovalReminders");

            migrationBuilder.DropTable(
                name: "content_RemovalRequests");

            migrationBuilder.DropTable(
                name: "content_TeamMembers");

            migrationBuilder.DropTable(
                name: "content_TeamReplays");
        }
    }
}
