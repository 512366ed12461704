import { chinaDateOfInstant, formatChinaDate } from '@govopen/domain';
import Taro, { useRouter, useUnload } from '@tarojs/taro';
import { Image, RichText, Slider, Text, Video, View } from '@tarojs/components';
import { InterpretationView } from '@govopen/contracts';
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../../../services/api';
import { useCareMode } from '../../../../services/care-mode';
import { mediaUrl, withAbsoluteMedia } from '../../../../services/media-url';
import { Cue, cueAt, parseWebVtt } from '../../../../services/webvtt';
import { useReadingScale } from '../font-scale';
import '../shared.scss';

function useCaptions(url: string | undefined): Cue[] {
  const [cues, setCues] = useState<Cue[]>([]);
  useEffect(() => {
    if (!url) return;
    Taro.request<string>({ url: mediaUrl(url), dataType: 'text', responseType: 'text' })
      .then((response) => setCues(parseWebVtt(String(response.data))))
      .catch(() => setCues([]));
  }, [url]);
  return cues;
}

function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Video (and 动漫 as video): poster, seekable player from the server, the current caption under it, all captions as text. */
function VideoPlayer({ item }: { item: InterpretationView }) {
  const cues = useCaptions(item.captions?.url);
  const [time, setTime] = useState(0);
  const current = cueAt(cues, time);
  return (
    <View className="player">
      <Video
        id="interpretation-video"
        className="video"
        src={mediaUrl(item.media!.url)}
        poster={mediaUrl(item.poster?.url)}
        controls
        showCenterPlayBtn
        enableProgressGesture
        objectFit="contain"
        onTimeUpdate={(event) => setTime(event.detail.currentTime)}
      />
      <View className="caption" data-testid="caption" aria-live="polite">
        <Text>{current?.text ?? '\u3000'}</Text>
      </View>
      {cues.length > 0 && (
        <View className="cue-list">
          <Text className="card-title">字幕文本</Text>
          {cues.map((cue) => (
            <Text key={cue.start} className={`cue ${cue === current ? 'active' : ''}`}>
              {clock(cue.start)} {cue.text}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

/** Audio: play, pause and seek from the server (range requests), with the transcript to read along. */
function AudioPlayer({ item }: { item: InterpretationView }) {
  const context = useRef<Taro.InnerAudioContext>();
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  useEffect(() => {
    const audio = Taro.createInnerAudioContext();
    audio.src = mediaUrl(item.media!.url);
    audio.onTimeUpdate(() => {
      setTime(audio.currentTime);
      setDuration(audio.duration || 0);
    });
    audio.onCanplay(() => setDuration(audio.duration || 0));
    audio.onPlay(() => setPlaying(true));
    audio.onPause(() => setPlaying(false));
    audio.onEnded(() => setPlaying(false));
    context.current = audio;
    return () => audio.destroy();
  }, [item.media]);
  useUnload(() => context.current?.destroy());
  return (
    <View className="audio-player">
      <Text className="audio-button" onClick={() => (playing ? context.current?.pause() : context.current?.play())} aria-label={playing ? '暂停' : '播放'}>
        {playing ? '❚❚' : '▶'}
      </Text>
      <Slider className="audio-slider" min={0} max={Math.max(1, Math.round(duration))} value={Math.round(time)} activeColor="#b71c1c" blockSize={18} onChange={(event) => context.current?.seek(event.detail.value)} />
      <Text className="audio-time">{clock(time)} / {clock(duration)}</Text>
    </View>
  );
}

/** One interpretation, whatever its form; its policy one tap away. */
export default function InterpretationPage() {
  const { params } = useRouter();
  const [care] = useCareMode();
  const [scale, scaleControls] = useReadingScale(care);
  const [item, setItem] = useState<InterpretationView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    api.interpretations
      .get(Number(params.id))
      .then((loaded) => {
        setItem(loaded);
        Taro.setNavigationBarTitle({ title: loaded.formLabel });
      })
      .catch((caught) => setError(errorMessage(caught)));
  };
  useEffect(load, [params.id]);

  if (error) {
    return (
      <View className={`page reader ${care ? 'care' : ''}`}>
        <View className="card">
          <Text className="error-text">{error}</Text>
          <Text className="link" onClick={load}>重试</Text>
        </View>
      </View>
    );
  }
  if (!item) return <View className="page reader"><View className="card"><Text className="hint">正在加载…</Text></View></View>;
  const isVideo = item.media?.mime.startsWith('video/');
  const isAudio = item.media?.mime.startsWith('audio/');

  return (
    <View className={`page reader ${care ? 'care' : ''}`}>
      <View className="card">
        <Text className="form-badge">{item.formLabel}</Text>
        <Text className="reader-title" data-testid="interpretation-title">{item.title}</Text>
        <View className="facts">
          {item.source && <Text>{item.source}</Text>}
          {item.publishedAt && <Text>{formatChinaDate(chinaDateOfInstant(item.publishedAt))}</Text>}
        </View>
        <View className="notice" data-testid="interpreted-policy" onClick={() => Taro.navigateTo({ url: `/packages/policy/pages/document/index?id=${item.policy.id}` })}>
          <Text>解读文件：《{item.policy.title}》{item.policy.documentNumber ? `（${item.policy.documentNumber}）` : ''} ›</Text>
        </View>
      </View>
      {isVideo && <View className="card media-card"><VideoPlayer item={item} /></View>}
      {isAudio && <View className="card"><AudioPlayer item={item} /></View>}
      {item.images.length > 0 && (
        <View className="card images">
          {item.images.map((image) => (
            <Image
              key={image.id}
              className="long-image"
              src={mediaUrl(image.url)}
              mode="widthFix"
              lazyLoad
              onClick={() => Taro.previewImage({ current: mediaUrl(image.url), urls: item.images.map((each) => mediaUrl(each.url)) })}
            />
          ))}
        </View>
      )}
      {(item.bodyHtml || item.transcript) && (
        <View className="card">
          <View className="body-head">
            <Text className="card-title">{isAudio ? '文字稿' : '解读内容'}</Text>
            {scaleControls}
          </View>
          <View className="body" style={{ fontSize: Taro.pxTransform(Math.round(32 * scale)) }}>
            {item.bodyHtml && <RichText nodes={withAbsoluteMedia(item.bodyHtml)} />}
            {item.transcript && <Text className="transcript">{item.transcript}</Text>}
          </View>
        </View>
      )}
    </View>
  );
}
