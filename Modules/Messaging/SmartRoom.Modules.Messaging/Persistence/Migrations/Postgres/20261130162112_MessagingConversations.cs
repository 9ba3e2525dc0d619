using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Messaging.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class MessagingConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Number",
                schema: "messaging",
                table: "Messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ConversationId_Number",
                schema: "messaging",
                table: "Messages",
                columns: new[] { "ConversationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_ConversationId_Number",
                schema: "messaging",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Number",
                schema: "messaging",
                table: "Messages");
        }
    }
}
