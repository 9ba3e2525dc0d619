using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AnchoredAuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HashVersion",
                table: "dealrooms_AuditRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // rows written before this migration carry the plain SHA-256 hash (AuditChain.PlainSha256)

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "dealrooms_AuditRecords",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dealrooms_AuditChainHeads",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegacyThroughSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_AuditChainHeads", x => x.RoomId);
                });

            migrationBuilder.CreateTable(
                name: "dealrooms_AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dealrooms_AuditCheckpoints_RoomId_Seq",
                table: "dealrooms_AuditCheckpoints",
                columns: new[] { "RoomId", "Seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dealrooms_AuditChainHeads");

            migrationBuilder.DropTable(
                name: "dealrooms_AuditCheckpoints");

            migrationBuilder.DropColumn(
                name: "HashVersion",
                table: "dealrooms_AuditRecords");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "dealrooms_AuditRecords");
        }
    }
}
