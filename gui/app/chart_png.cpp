#include "chart_png.hpp"

#include "chart/chart_draw.hpp"
#include "gl_pixels.hpp"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace nk::gui {

namespace {

// An RGBA framebuffer of the given size, bound while it lives; the previous binding
// comes back when it goes.
class OffscreenTarget {
public:
    OffscreenTarget(int width, int height) {
        GLint previous = 0;
        glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
        m_previous = static_cast<GLuint>(previous);
        glGenFramebuffers(1, &m_framebuffer);
        glGenRenderbuffers(1, &m_color);
        glBindRenderbuffer(GL_RENDERBUFFER, m_color);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_color);
        m_complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    ~OffscreenTarget() {
        glBindFramebuffer(GL_FRAMEBUFFER, m_previous);
        glDeleteRenderbuffers(1, &m_color);
        glDeleteFramebuffers(1, &m_framebuffer);
    }
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;
    bool complete() const { return m_complete; }

private:
    GLuint m_previous = 0;
    GLuint m_framebuffer = 0;
    GLuint m_color = 0;
    bool m_complete = false;
};

} // namespace

bool saveChartPng(const chart::ChartModel& model, const std::string& path, std::string& error,
                  int width, int height) {
    if (width <= 0 || height <= 0) {
        error = "the image has no pixels";
        return false;
    }
    if (!ImGui::GetCurrentContext() || !ImGui::GetIO().Fonts->TexID) {
        error = "ImGui's OpenGL backend is not ready (no frame begun yet)";
        return false;
    }
    OffscreenTarget target(width, height);
    if (!target.complete()) {
        error = "cannot create an offscreen framebuffer";
        return false;
    }

    // The chart into its own draw list, with ImGui's font and its texture.
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    list.PushClipRect(ImVec2(0.0f, 0.0f),
                      ImVec2(static_cast<float>(width), static_cast<float>(height)));
    // A margin keeps the axis labels at the plot's edges inside the image.
    const double margin = std::min(16.0, std::min(width, height) / 20.0);
    chart::ChartState state; // fitted to the data, every series the model has shown
    chart::drawChart(&list, model, state,
                     chart::Rect{margin, margin, width - margin, height - margin},
                     chart::ChartInput{}, chart::lightChartStyle());
    list._PopUnusedDrawCmd();

    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = ImVec2(0.0f, 0.0f);
    data.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    data.FramebufferScale = ImVec2(1.0f, 1.0f);

    glViewport(0, 0, width, height);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(&data);

    return writePng(path, readPixelsTopDown(GL_COLOR_ATTACHMENT0, width, height), width, height,
                    error);
}

} // namespace nk::gui
