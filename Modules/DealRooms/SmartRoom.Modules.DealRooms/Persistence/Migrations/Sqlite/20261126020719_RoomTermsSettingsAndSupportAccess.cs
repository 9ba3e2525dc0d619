using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class RoomTermsSettingsAndSupportAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IpAllowList",
                table: "dealrooms_Rooms",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TermsHash",
                table: "dealrooms_Rooms",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TermsText",
                table: "dealrooms_Rooms",
                type: "TEXT",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TermsUpdatedAt",
                table: "dealrooms_Rooms",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                table: "dealrooms_Rooms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "WatermarkDownloads",
                table: "dealrooms_Rooms",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "LastSeenAt",
                table: "dealrooms_Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dealrooms_SupportAccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MayViewDocuments = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevokedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_SupportAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dealrooms_TermsAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermsVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TermsHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_TermsAcceptances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dealrooms_SupportAccessRequests_RoomId_RequestedBy",
                table: "dealrooms_SupportAccessRequests",
                columns: new[] { "RoomId", "RequestedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_dealrooms_TermsAcceptances_RoomId_UserId_TermsHash",
                table: "dealrooms_TermsAcceptances",
                columns: new[] { "RoomId", "UserId", "TermsHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dealrooms_SupportAccessRequests");

            migrationBuilder.DropTable(
                name: "dealrooms_TermsAcceptances");

            migrationBuilder.DropColumn(
                name: "IpAllowList",
                table: "dealrooms_Rooms");

            migrationBuilder.DropColumn(
                name: "TermsHash",
                table: "dealrooms_Rooms");

            migrationBuilder.DropColumn(
                name: "TermsText",
                table: "dealrooms_Rooms");

            migrationBuilder.DropColumn(
                name: "TermsUpdatedAt",
                table: "dealrooms_Rooms");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                table: "dealrooms_Rooms");

            migrationBuilder.DropColumn(
                name: "WatermarkDownloads",
                table: "dealrooms_Rooms");

            migrationBuilder.DropColumn(
                name: "LastSeenAt",
                table: "dealrooms_Members");
        }
    }
}
